namespace InBeeld.Data.Setup;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
