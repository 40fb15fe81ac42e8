using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Velvena.Application.Common.Interfaces;
using Velvena.Infrastructure.Security;

namespace Velvena.Bench.Micro;

/// <summary>AES-256-GCM protection of an OAuth token, as every token refresh and every Calendly call pays it.</summary>
[MemoryDiagnoser]
public class TokenProtectorBenchmarks : IDisposable
{
    private static readonly Guid OrganizationId = Guid.Parse("6f1c2a55-0a4e-4f53-9d1c-3a1b5c2e7d90");

    private ServiceProvider? _services;
    private ITokenProtector _protector = null!;
    private string _accessToken = null!;
    private string _protected = null!;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [EncryptionOptions.SingleKeyName] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) })
            .Build();
        var environment = new BenchHostEnvironment();
        _services = new ServiceCollection().AddTokenProtection(configuration, environment).BuildServiceProvider();
        _protector = _services.GetRequiredService<ITokenProtector>();
        // Calendly access tokens are JWTs of about 900 characters.
        _accessToken = "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ." + new string('x', 800);
        _protected = _protector.Protect(_accessToken, OrganizationId, TokenKind.AccessToken);
    }

    [Benchmark]
    public string Protect() => _protector.Protect(_accessToken, OrganizationId, TokenKind.AccessToken);

    [Benchmark]
    public string Unprotect() => _protector.Unprotect(_protected, OrganizationId, TokenKind.AccessToken);

    [GlobalCleanup]
    public void Dispose()
    {
        _services?.Dispose();
        _services = null;
        GC.SuppressFinalize(this);
    }

    private sealed class BenchHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";
        public string ApplicationName { get; set; } = "Velvena.Bench";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
