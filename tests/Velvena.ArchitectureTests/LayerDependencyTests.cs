using System.Reflection;
using NetArchTest.Rules;
using Velvena.Api.Authentication;
using Velvena.Domain.Organizations;

namespace Velvena.ArchitectureTests;

/// <summary>Dependencies point inward only: Api → Infrastructure → Application → Domain.</summary>
public sealed class LayerDependencyTests
{
    private const string Domain = "Velvena.Domain";
    private const string Application = "Velvena.Application";
    private const string Infrastructure = "Velvena.Infrastructure";
    private const string Api = "Velvena.Api";

    private static readonly Assembly DomainAssembly = typeof(Organization).Assembly;
    private static readonly Assembly ApplicationAssembly = typeof(Velvena.Application.DependencyInjection).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(Velvena.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly ApiAssembly = typeof(VelvenaClaims).Assembly;

    [Test]
    public void Domain_references_nothing_of_ours()
    {
        AssertNoDependency(DomainAssembly, Application, Infrastructure, Api);
        Assert.That(ReferencedVelvenaAssemblies(DomainAssembly), Is.Empty);
    }

    [Test]
    public void Domain_knows_no_persistence_or_http()
    {
        AssertNoDependency(DomainAssembly, "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "System.Net.Http", "Refit", "Hangfire");
    }

    [Test]
    public void Application_references_only_the_domain()
    {
        AssertNoDependency(ApplicationAssembly, Infrastructure, Api);
        Assert.That(ReferencedVelvenaAssemblies(ApplicationAssembly), Is.EquivalentTo(new[] { Domain }));
    }

    [Test]
    public void Application_does_not_depend_on_web_or_job_frameworks()
    {
        AssertNoDependency(ApplicationAssembly, "Microsoft.AspNetCore", "Hangfire", "Refit");
    }

    [Test]
    public void Infrastructure_never_references_the_api()
    {
        AssertNoDependency(InfrastructureAssembly, Api);
        Assert.That(ReferencedVelvenaAssemblies(InfrastructureAssembly), Is.SubsetOf(new[] { Domain, Application }));
    }

    private static void AssertNoDependency(Assembly assembly, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.That(result.IsSuccessful, Is.True, () => $"{assembly.GetName().Name} depends on {string.Join(", ", forbidden)} in: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static string[] ReferencedVelvenaAssemblies(Assembly assembly) => assembly.GetReferencedAssemblies()
        .Select(a => a.Name!)
        .Where(n => n.StartsWith("Velvena.", StringComparison.Ordinal))
        .ToArray();
}
