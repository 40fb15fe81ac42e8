namespace Velvena.Infrastructure.Calendly.Api;

/// <summary><c>{"resource": …}</c>.</summary>
internal sealed class CalendlyResourceResponse<T>
    where T : class
{
    public T? Resource { get; init; }
}
