namespace Velvena.Infrastructure.Calendly.Api;

/// <summary>Calendly resources are addressed by URI; the API paths take the uuid, the URI's last path segment.</summary>
internal static class CalendlyResourceUri
{
    public static string Uuid(string uriOrUuid, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uriOrUuid, parameterName);
        var path = Uri.TryCreate(uriOrUuid, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : uriOrUuid;
        var uuid = path.TrimEnd('/').Split('/')[^1];
        if (uuid.Length == 0)
        {
            throw new ArgumentException("The Calendly URI has no resource identifier.", parameterName);
        }

        return Uri.UnescapeDataString(uuid);
    }
}
