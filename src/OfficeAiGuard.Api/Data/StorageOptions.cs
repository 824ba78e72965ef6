namespace OfficeAiGuard.Api.Data;

/// <summary>Configuration section "Storage" (and the connection string "ConnectionStrings:Postgres").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string PostgresConnectionName = "Postgres";

    /// <summary>"sqlite" (default) or "postgres". Empty: PostgreSQL when ConnectionStrings:Postgres is set, else SQLite.</summary>
    public string? Provider { get; set; }

    /// <summary>Folder of the SQLite database file (officeaiguard.db). Default: "data" under the content root.</summary>
    public string? DataDirectory { get; set; }
}

public enum StorageProvider { Sqlite, Postgres }
