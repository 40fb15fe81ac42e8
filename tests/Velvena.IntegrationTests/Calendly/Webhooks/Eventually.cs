namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>Polls a condition the background work makes true (webhook processing happens after the response).</summary>
internal static class Eventually
{
    public static async Task ThatAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail(because ?? "The condition did not become true in time.");
            }

            await Task.Delay(25);
        }
    }
}
