using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Velvena.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build <see cref="SqlServerAppDbContext"/> without a startup project.</summary>
internal sealed class SqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    // A placeholder: `migrations add/script` open no connection; `database update` takes --connection.
    private const string PlaceholderConnectionString =
        "Server=localhost;Database=Velvena;Integrated Security=true;TrustServerCertificate=true";

    public SqlServerAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer(PlaceholderConnectionString)
            .Options;
        return new SqlServerAppDbContext(options);
    }
}
