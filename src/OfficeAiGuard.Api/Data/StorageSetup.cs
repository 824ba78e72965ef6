using Microsoft.EntityFrameworkCore;

namespace OfficeAiGuard.Api.Data;

public static class StorageSetup
{
    public const string SqliteFileName = "officeaiguard.db";

    /// <summary>Registers <see cref="AppDb"/> on SQLite (a file under Storage:DataDirectory) or PostgreSQL (ConnectionStrings:Postgres).</summary>
    public static IServiceCollection AddOfficeAiGuardStorage(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var options = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        string? postgres = config.GetConnectionString(StorageOptions.PostgresConnectionName);
        var provider = options.Provider?.ToLowerInvariant() switch
        {
            "postgres" or "postgresql" => StorageProvider.Postgres,
            "sqlite" => StorageProvider.Sqlite,
            null or "" => string.IsNullOrWhiteSpace(postgres) ? StorageProvider.Sqlite : StorageProvider.Postgres,
            var other => throw new InvalidOperationException($"Storage:Provider '{other}' is not supported: use 'sqlite' or 'postgres'."),
        };
        if (provider == StorageProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(postgres))
                throw new InvalidOperationException("Storage:Provider is 'postgres' but ConnectionStrings:Postgres is not set.");
            services.AddDbContext<AppDb>(o => o.UseNpgsql(postgres));
        }
        else
        {
            string directory = Path.GetFullPath(string.IsNullOrWhiteSpace(options.DataDirectory)
                ? Path.Combine(env.ContentRootPath, "data") : options.DataDirectory, env.ContentRootPath);
            Directory.CreateDirectory(directory);
            string file = Path.Combine(directory, SqliteFileName);
            services.AddDbContext<AppDb>(o => o.UseSqlite($"Data Source={file}"));
        }
        services.AddScoped<SchemaMigrator>();
        return services;
    }

    /// <summary>Creates or upgrades the schema before the API serves anything.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
    }
}
