using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Storage;

/// <summary>The hand-written schema steps on the store of this run (SQLite, or PostgreSQL under with-postgres.sh).</summary>
public sealed class SchemaMigratorTests : IDisposable
{
    private readonly ApiFactory _store = new(); // only for its fresh database; the API is not started

    private AppDb NewDb()
    {
        var options = new DbContextOptionsBuilder<AppDb>();
        if (_store.PostgresConnectionString is { } pg) options.UseNpgsql(pg);
        else
        {
            Directory.CreateDirectory(_store.DataDirectory);
            options.UseSqlite($"Data Source={Path.Combine(_store.DataDirectory, "upgrade.db")}");
        }
        return new AppDb(options.Options);
    }

    [Fact]
    public async Task A_store_at_an_older_version_is_upgraded_in_place_and_keeps_its_rows()
    {
        await using (var db = NewDb())
        {
            Assert.Equal(1, await new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).MigrateAsync(targetVersion: 1));
            db.CharterPolicies.Add(new CharterPolicyRow
            {
                Id = Guid.NewGuid(), TenantId = "t", Version = 1, PolicyJson = "{}", Sha256 = "x", PublishedAt = DateTime.UtcNow, PublishedBy = "test",
            });
            await db.SaveChangesAsync();
        }
        await using (var db = NewDb())
        {
            var migrator = new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance);
            Assert.Equal(SchemaSteps.All.Max(s => s.Version), await migrator.MigrateAsync());
            Assert.Equal(SchemaSteps.All.Max(s => s.Version), await migrator.MigrateAsync()); // idempotent
            Assert.Equal(1, await db.CharterPolicies.CountAsync(p => p.TenantId == "t"));
            db.Incidents.Add(new IncidentRow
            {
                Id = Guid.NewGuid(), TenantId = "t", Kind = "error", Description = "d", ReporterId = "r", ReporterName = "n", Unit = "",
                RoutedTo = "[]", Status = "nouveau", CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public void Steps_are_numbered_one_by_one() =>
        Assert.Equal(Enumerable.Range(1, SchemaSteps.All.Count), SchemaSteps.All.Select(s => s.Version));

    public void Dispose() => _store.Dispose();
}
