namespace Velvena.Application.Calendly.Exceptions;

/// <summary>403 with `required_scopes`: the app or the connection lacks a scope.</summary>
public sealed class CalendlyInsufficientScopeException : CalendlyException
{
    public CalendlyInsufficientScopeException(int statusCode, string message)
        : base(statusCode, message)
    {
    }

    public CalendlyInsufficientScopeException(int statusCode, string message, IReadOnlyList<string> requiredScopes)
        : base(statusCode, message)
    {
        RequiredScopes = requiredScopes;
    }

    public IReadOnlyList<string> RequiredScopes { get; } = [];

    public override bool IsTransient => false;
}
