using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>Collects the tables and indexes a parsed T-SQL script creates.</summary>
internal sealed class CreateStatementCollector : TSqlFragmentVisitor
{
    public List<string> Tables { get; } = [];

    public List<string> UniqueIndexes { get; } = [];

    public List<string> Indexes { get; } = [];

    public override void Visit(CreateTableStatement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);
        base.Visit(node);
    }

    public override void Visit(CreateIndexStatement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Indexes.Add(node.Name.Value);
        if (node.Unique)
        {
            UniqueIndexes.Add(node.Name.Value);
        }

        base.Visit(node);
    }
}
