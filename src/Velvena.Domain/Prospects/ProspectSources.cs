namespace Velvena.Domain.Prospects;

public static class ProspectSources
{
    public const string Calendly = "calendly";
}
