namespace Velvena.Bench.Seed;

/// <summary>What one run of the seed's sync did: Calendly calls made, events seen, invitees recorded.</summary>
public sealed record SeedSyncResult(int Calls, int EventsSeen, int InviteesRecorded)
{
    public static readonly SeedSyncResult Zero = new(0, 0, 0);

    public SeedSyncResult Add(SeedSyncResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new SeedSyncResult(Calls + other.Calls, EventsSeen + other.EventsSeen, InviteesRecorded + other.InviteesRecorded);
    }
}
