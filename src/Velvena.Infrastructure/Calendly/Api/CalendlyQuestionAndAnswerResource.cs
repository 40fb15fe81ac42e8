namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyQuestionAndAnswerResource
{
    public string? Question { get; init; }
    public string? Answer { get; init; }
    public int? Position { get; init; }
}
