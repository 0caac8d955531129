import { useState } from 'preact/hooks';
import { type Api, answerOf, type Schemas } from '../api/client';
import { rawJson } from '../api/raw-json';
import { formatInstant, formatPoints } from '../format';
import { ConfigEditor } from '../ui/config-editor';
import { PageHeading } from '../ui/layout';
import { pageQuery } from '../ui/paged';
import { PagedTable } from '../ui/paged-table';

type Game = Schemas['GameList']['items'][number];
type GameBody = NonNullable<
  import('../api/schema').paths['/v1/admin/games/{gameId}']['put']['requestBody']
>['content']['application/json'];

const NEW_GAME: GameBody = {
  name: '',
  kind: 'scratchCard',
  conditions: '',
  costPoints: 100,
  prizes: [{ prizeId: 'small', name: '50 points', points: 50, count: 10 }],
  blanks: 90,
  startsAt: '2027-01-01T00:00:00.000Z',
  endsAt: '2027-02-01T00:00:00.000Z',
};

export function GamesPage({ api }: { api: Api }) {
  const [generation, setGeneration] = useState(0);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeading>Games</PageHeading>
      <button type="button" onClick={() => setCreating(true)}>
        New game
      </button>
      <PagedTable<Game>
        fetchPage={(cursor) => answerOf(api.GET('/v1/admin/games', { params: { query: pageQuery(cursor) } }))}
        listKey={`games-${generation}`}
        caption="Games"
        rowKey={(game) => game.gameId}
        empty="No games yet."
        columns={[
          { header: 'Game', cell: (game) => `${game.name} (${game.gameId})` },
          { header: 'Kind', cell: (game) => game.kind },
          { header: 'Status', cell: (game) => game.status },
          {
            header: 'Tickets left',
            numeric: true,
            cell: (game) => `${formatPoints(game.remaining)} of ${formatPoints(game.tickets)}`,
          },
          { header: 'Cost', numeric: true, cell: (game) => formatPoints(game.costPoints) },
          { header: 'Expected return', numeric: true, cell: (game) => `${game.expectedReturnPoints} points` },
          { header: 'Window', cell: (game) => `${formatInstant(game.startsAt)} to ${formatInstant(game.endsAt)}` },
          { header: 'Commitment', cell: (game) => <code class="hash">{game.commitment}</code> },
        ]}
      />
      {creating && (
        <ConfigEditor
          noun="game"
          itemId={null}
          initial={NEW_GAME}
          save={async (gameId, text) => {
            await answerOf(
              api.PUT('/v1/admin/games/{gameId}', { params: { path: { gameId } }, ...rawJson<GameBody>(text) }),
            );
            setGeneration((value) => value + 1);
          }}
        />
      )}
    </>
  );
}
