namespace Velvena.Domain.Prospects;

/// <summary>Velvena's prospect vocabulary (French, as the CRM shows it). The integration only creates <c>nouveau</c>.</summary>
public static class ProspectStatuses
{
    public const string Nouveau = "nouveau";
}
