namespace Velvena.Domain.Organizations;

/// <summary>
/// A boutique. Owned by Velvena's identity side: created the first time an authenticated caller names it.
/// </summary>
public sealed class Organization
{
    public const string DefaultTimeZone = "Europe/Paris";
    public const string DefaultCountryCode = "FR";
    public const int NameMaxLength = 200;

    private Organization()
    {
        Name = string.Empty;
        TimeZone = DefaultTimeZone;
        CountryCode = DefaultCountryCode;
        Calendly = new CalendlyConnection();
    }

    public Organization(Guid id, string? name, DateTime createdAtUtc)
        : this()
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("An organization id cannot be empty.", nameof(id));
        }

        Id = id;
        var trimmed = name?.Trim();
        Name = string.IsNullOrEmpty(trimmed) ? $"Organization {id}" : trimmed[..Math.Min(trimmed.Length, NameMaxLength)];
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>IANA time zone used to write appointment dates in notes for a French reader.</summary>
    public string TimeZone { get; private set; }

    /// <summary>ISO 3166 region used to read phone numbers written without a country prefix.</summary>
    public string CountryCode { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The seed's <c>settings.calendly</c>, plus what the integration needs to run safely.</summary>
    public CalendlyConnection Calendly { get; private set; }
}
