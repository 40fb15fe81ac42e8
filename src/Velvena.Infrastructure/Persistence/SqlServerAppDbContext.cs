using Microsoft.EntityFrameworkCore;

namespace Velvena.Infrastructure.Persistence;

/// <summary>The SQL Server flavour of <see cref="AppDbContext"/>; owns the migrations under Migrations/SqlServer.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
