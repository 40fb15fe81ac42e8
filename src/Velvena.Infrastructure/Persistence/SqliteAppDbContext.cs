using Microsoft.EntityFrameworkCore;

namespace Velvena.Infrastructure.Persistence;

/// <summary>The SQLite flavour of <see cref="AppDbContext"/>; owns the migrations under Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
