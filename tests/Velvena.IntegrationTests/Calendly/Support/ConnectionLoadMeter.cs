using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Common.Interfaces;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>
/// What handing out one organization's access token costs an API instance: the queries that read its row (where its
/// Calendly connection lives) and the decryptions of its stored access token.
/// </summary>
internal sealed class ConnectionLoadMeter(Guid organizationId)
{
    private int _reads;
    private int _decryptions;

    public Guid OrganizationId => organizationId;

    public int Reads => Volatile.Read(ref _reads);

    public int AccessTokenDecryptions => Volatile.Read(ref _decryptions);

    /// <summary>Meters the API instance these services build: an interceptor on its SQLite context, a decorator on its token protector.</summary>
    public void Install(IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(new ConnectionReadInterceptor(this)));
        var protector = services.Single(d => d.ServiceType == typeof(ITokenProtector));
        services.Remove(protector);
        services.AddSingleton<ITokenProtector>(provider => new CountingTokenProtector((ITokenProtector)protector.ImplementationFactory!(provider), this));
    }

    public void CountRead() => Interlocked.Increment(ref _reads);

    public void CountAccessTokenDecryption() => Interlocked.Increment(ref _decryptions);
}
