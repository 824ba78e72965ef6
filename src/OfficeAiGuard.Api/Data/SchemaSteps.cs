namespace OfficeAiGuard.Api.Data;

/// <summary>
/// One step of the schema's history. Steps are append-only: a released step is never edited; a change is a new
/// step. SQL is written once with type tokens ({uuid}, {ts}, {bool}, {int}, {bigint}, {text}) that each
/// provider's <see cref="SchemaDialect"/> replaces; a step may give provider-specific SQL when the dialects differ.
/// </summary>
public sealed record SchemaStep(int Version, string Name, string Sql, string? PostgresSql = null, string? SqliteSql = null);

/// <summary>The ordered schema history of the API's store (see <see cref="SchemaMigrator"/>).</summary>
public static class SchemaSteps
{
    public static readonly IReadOnlyList<SchemaStep> All =
    [
        new(1, "charter policies and declarations", """
            CREATE TABLE charter_policies (
                id {uuid} NOT NULL CONSTRAINT pk_charter_policies PRIMARY KEY,
                tenant_id {text} NOT NULL,
                version {int} NOT NULL,
                preset_id {text} NULL,
                policy_json {text} NOT NULL,
                sha256 {text} NOT NULL,
                published_at {ts} NOT NULL,
                published_by {text} NOT NULL
            );
            CREATE UNIQUE INDEX ix_charter_policies_tenant_id_version ON charter_policies (tenant_id, version);

            CREATE TABLE declarations (
                id {uuid} NOT NULL CONSTRAINT pk_declarations PRIMARY KEY,
                tenant_id {text} NOT NULL,
                sequence {bigint} NOT NULL,
                item_key {text} NOT NULL,
                revision {int} NOT NULL,
                host {text} NOT NULL,
                tool_id {text} NOT NULL,
                tool_approved {bool} NOT NULL,
                purpose {text} NOT NULL,
                extent {text} NOT NULL,
                mention_inserted {bool} NOT NULL,
                checklist_json {text} NOT NULL,
                checklist_complete {bool} NOT NULL,
                findings_total {int} NOT NULL,
                non_conformities {text} NOT NULL,
                policy_version {int} NOT NULL,
                user_id {text} NOT NULL,
                user_name {text} NOT NULL,
                unit {text} NOT NULL,
                created_at {ts} NOT NULL,
                previous_hash {text} NOT NULL,
                hash {text} NOT NULL
            );
            CREATE UNIQUE INDEX ix_declarations_tenant_id_sequence ON declarations (tenant_id, sequence);
            CREATE UNIQUE INDEX ix_declarations_tenant_id_item_key_revision ON declarations (tenant_id, item_key, revision);
            CREATE INDEX ix_declarations_tenant_id_created_at ON declarations (tenant_id, created_at);

            CREATE TABLE declaration_findings (
                declaration_id {uuid} NOT NULL REFERENCES declarations (id),
                category {text} NOT NULL,
                count {int} NOT NULL,
                CONSTRAINT pk_declaration_findings PRIMARY KEY (declaration_id, category)
            );
            """),
        new(2, "incidents", """
            CREATE TABLE incidents (
                id {uuid} NOT NULL CONSTRAINT pk_incidents PRIMARY KEY,
                tenant_id {text} NOT NULL,
                kind {text} NOT NULL,
                description {text} NOT NULL,
                tool_id {text} NULL,
                item_key {text} NULL,
                reporter_id {text} NOT NULL,
                reporter_name {text} NOT NULL,
                unit {text} NOT NULL,
                routed_to {text} NOT NULL,
                status {text} NOT NULL,
                created_at {ts} NOT NULL,
                updated_at {ts} NULL,
                updated_by {text} NULL
            );
            CREATE INDEX ix_incidents_tenant_id_created_at ON incidents (tenant_id, created_at);
            """),
    ];
}

/// <summary>Column types and locking of one database provider.</summary>
public sealed record SchemaDialect(StorageProvider Provider, IReadOnlyDictionary<string, string> Types)
{
    public static readonly SchemaDialect Sqlite = new(StorageProvider.Sqlite, new Dictionary<string, string>
    {
        ["{uuid}"] = "TEXT", ["{ts}"] = "TEXT", ["{bool}"] = "INTEGER", ["{int}"] = "INTEGER", ["{bigint}"] = "INTEGER", ["{text}"] = "TEXT",
    });

    public static readonly SchemaDialect Postgres = new(StorageProvider.Postgres, new Dictionary<string, string>
    {
        ["{uuid}"] = "uuid", ["{ts}"] = "timestamp with time zone", ["{bool}"] = "boolean", ["{int}"] = "integer", ["{bigint}"] = "bigint", ["{text}"] = "text",
    });

    public static SchemaDialect For(StorageProvider provider) => provider == StorageProvider.Postgres ? Postgres : Sqlite;

    public string Render(SchemaStep step)
    {
        string sql = (Provider == StorageProvider.Postgres ? step.PostgresSql : step.SqliteSql) ?? step.Sql;
        foreach (var (token, type) in Types) sql = sql.Replace(token, type);
        return sql;
    }
}
