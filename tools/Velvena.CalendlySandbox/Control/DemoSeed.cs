using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Control;

public sealed record DemoSeed(SandboxOrganization Organization, SandboxUser Owner, OAuthClient Client, EventType OneToOne, EventType Group);
