using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Velvena.Domain.Calendly;
using Velvena.Infrastructure.Persistence;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// One prepared <c>INSERT</c> of an inbox row, executed once per row of a batch. Table, columns, parameters and value
/// conversions all come from the EF model and the provider's type mappings, so the row is exactly what
/// <c>SaveChanges</c> would write, without its per-entity change-tracking cost on the intake's hot path.
/// </summary>
internal sealed class CalendlyWebhookInboxInsertCommand : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, DbParameter Parameter)[] _columns;

    public CalendlyWebhookInboxInsertCommand(AppDbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(CalendlyWebhookInboxEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().ToArray();

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _columns = new (IProperty, DbParameter)[properties.Length];
        var names = new string[properties.Length];
        var placeholders = new string[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var name = "p" + i;
            names[i] = sql.DelimitIdentifier(properties[i].GetColumnName(table)!);
            placeholders[i] = sql.GenerateParameterNamePlaceholder(name);
            var parameter = properties[i].GetRelationalTypeMapping().CreateParameter(_command, sql.GenerateParameterName(name), null, properties[i].IsNullable);
            _command.Parameters.Add(parameter);
            _columns[i] = (properties[i], parameter);
        }

        _command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) VALUES ({string.Join(", ", placeholders)})";
    }

    /// <exception cref="DbException">The row was refused (the unique index, among others); the transaction goes on.</exception>
    public async Task InsertAsync(CalendlyWebhookInboxEntry entry)
    {
        foreach (var (property, parameter) in _columns)
        {
            var value = property.GetGetter().GetClrValue(entry);
            var converter = property.GetTypeMapping().Converter;
            parameter.Value = value is null ? DBNull.Value : converter?.ConvertToProvider(value) ?? value;
        }

        await _command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
