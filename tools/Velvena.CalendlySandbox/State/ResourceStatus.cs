namespace Velvena.CalendlySandbox.State;

public static class ResourceStatus
{
    public const string Active = "active";
    public const string Canceled = "canceled";
}
