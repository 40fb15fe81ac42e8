namespace Velvena.Domain.Prospects;

public static class ProspectTypes
{
    public const string Prospect = "prospect";
}
