namespace Velvena.CalendlySandbox.Generator;

public sealed record GenerationResult(IReadOnlyList<Guid> Organizations, IReadOnlyList<Guid> Owners, int Events, int Invitees);
