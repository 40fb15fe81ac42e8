namespace Velvena.Domain.Organizations;

public enum CalendlySyncStatus
{
    Never = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}
