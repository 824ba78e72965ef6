using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OfficeAiGuard.Api.Data;

/// <summary>
/// Creates and upgrades the schema at start, for SQLite and PostgreSQL alike, without EF Core design-time
/// tooling: the table <c>oaig_schema</c> records which <see cref="SchemaSteps"/> ran; missing steps run in
/// order in one transaction with their version rows (both providers have transactional DDL): all or nothing. On PostgreSQL
/// an advisory lock serialises instances starting together; SQLite's write lock does the same.
/// </summary>
public sealed class SchemaMigrator(AppDb db, ILogger<SchemaMigrator> logger)
{
    private const long PostgresLockKey = 0x0A16_5C4E_0001;

    public StorageProvider Provider => db.Database.IsNpgsql() ? StorageProvider.Postgres : StorageProvider.Sqlite;

    /// <summary>Applies the missing steps up to <paramref name="targetVersion"/> (default: all); returns the schema version.</summary>
    public async Task<int> MigrateAsync(int? targetVersion = null, CancellationToken ct = default)
    {
        var dialect = SchemaDialect.For(Provider);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (Provider == StorageProvider.Postgres) await ExecuteAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
            await ExecuteAsync($"""
                CREATE TABLE IF NOT EXISTS oaig_schema (
                    version {dialect.Types["{int}"]} NOT NULL PRIMARY KEY,
                    name {dialect.Types["{text}"]} NOT NULL,
                    applied_at {dialect.Types["{text}"]} NOT NULL
                )
                """, ct);
            int current = await CurrentVersionAsync(ct);
            foreach (var step in SchemaSteps.All.Where(s => s.Version > current && (targetVersion is null || s.Version <= targetVersion)))
            {
                await ExecuteAsync(dialect.Render(step), ct);
                await ExecuteAsync("INSERT INTO oaig_schema (version, name, applied_at) VALUES (@v, @n, @t)", ct,
                    ("@v", step.Version), ("@n", step.Name), ("@t", DateTime.UtcNow.ToString("O")));
                logger.LogInformation("Schema step {Version} ({Name}) applied on {Provider}", step.Version, step.Name, Provider);
            }
            current = await CurrentVersionAsync(ct);
            await tx.CommitAsync(ct);
            return current;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<int> CurrentVersionAsync(CancellationToken ct = default)
    {
        await using var command = CreateCommand("SELECT COALESCE(MAX(version), 0) FROM oaig_schema");
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct));
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    private DbCommand CreateCommand(string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
