using System.Text.Json;
using FluentValidation.Results;

namespace Velvena.Application.Common.Exceptions;

/// <summary>The request is malformed; carries per-field messages for a 400 ValidationProblemDetails.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException()
        : base("One or more validation failures have occurred.")
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(IEnumerable<ValidationFailure> failures)
        : this()
    {
        Errors = failures
            .GroupBy(f => JsonNamingPolicy.CamelCase.ConvertName(f.PropertyName), f => f.ErrorMessage, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Keyed by the camel-cased property name, as the JSON body spells it.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public static ValidationException For(string propertyName, string message) => new([new ValidationFailure(propertyName, message)]);
}
