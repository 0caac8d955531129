import { type Api, answerOf, type Schemas } from '../api/client';
import { formatInstant } from '../format';
import { DataTable } from '../ui/data-table';
import { ErrorAlert, Working } from '../ui/feedback';
import { PageHeading } from '../ui/layout';
import { Pager, usePaged } from '../ui/paged';

type AuditLine = Schemas['AuditList']['items'][number];

export function AuditPage({ api }: { api: Api }) {
  const paged = usePaged(
    (cursor) => answerOf(api.GET('/v1/admin/audit', { params: { query: { limit: 20, ...(cursor && { cursor }) } } })),
    'audit',
  );
  return (
    <>
      <PageHeading>Audit</PageHeading>
      {paged.state === 'loading' && <Working what="Loading the audit trail…" />}
      {paged.state === 'failed' && <ErrorAlert error={paged.error} />}
      {paged.state === 'done' && (
        <DataTable<AuditLine>
          caption="Operator writes, newest first"
          rows={paged.data.items}
          rowKey={(line) => line.auditId}
          empty="No operator writes yet."
          columns={[
            { header: 'When', cell: (line) => formatInstant(line.at) },
            { header: 'Action', cell: (line) => line.action },
            { header: 'Target', cell: (line) => line.target ?? '—' },
            { header: 'Reason', cell: (line) => line.reason ?? '—' },
          ]}
        />
      )}
      <Pager paged={paged} label="Audit" />
    </>
  );
}
