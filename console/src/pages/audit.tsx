import { type Api, answerOf, type Schemas } from '../api/client';
import { formatInstant } from '../format';
import { PageHeading } from '../ui/layout';
import { pageQuery } from '../ui/paged';
import { PagedTable } from '../ui/paged-table';

type AuditLine = Schemas['AuditList']['items'][number];

export function AuditPage({ api }: { api: Api }) {
  return (
    <>
      <PageHeading>Audit</PageHeading>
      <PagedTable<AuditLine>
        fetchPage={(cursor) => answerOf(api.GET('/v1/admin/audit', { params: { query: pageQuery(cursor) } }))}
        listKey={'audit'}
        caption="Operator writes, newest first"
        rowKey={(line) => line.auditId}
        empty="No operator writes yet."
        columns={[
          { header: 'When', cell: (line) => formatInstant(line.at) },
          { header: 'Action', cell: (line) => line.action },
          { header: 'Target', cell: (line) => line.target ?? '—' },
          { header: 'Reason', cell: (line) => line.reason ?? '—' },
        ]}
      />
    </>
  );
}
