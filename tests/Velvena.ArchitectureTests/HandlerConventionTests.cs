using Mediator;
using NetArchTest.Rules;

namespace Velvena.ArchitectureTests;

/// <summary>Handlers and validators are implementation details of their use case: internal and sealed.</summary>
public sealed class HandlerConventionTests
{
    private static readonly System.Reflection.Assembly ApplicationAssembly = typeof(Velvena.Application.DependencyInjection).Assembly;

    [Test]
    public void Handlers_are_internal_and_sealed()
    {
        var handlers = Types.InAssembly(ApplicationAssembly)
            .That().ImplementInterface(typeof(IQueryHandler<,>))
            .Or().ImplementInterface(typeof(ICommandHandler<,>))
            .Or().ImplementInterface(typeof(ICommandHandler<>))
            .GetTypes()
            .ToList();

        Assert.That(handlers, Is.Not.Empty);
        Assert.That(handlers.Where(t => t.IsPublic || !t.IsSealed).Select(t => t.FullName), Is.Empty);
    }

    [Test]
    public void Validators_are_internal_and_sealed()
    {
        var validators = Types.InAssembly(ApplicationAssembly)
            .That().Inherit(typeof(FluentValidation.AbstractValidator<>))
            .GetTypes()
            .ToList();

        Assert.That(validators, Is.Not.Empty);
        Assert.That(validators.Where(t => t.IsPublic || !t.IsSealed).Select(t => t.FullName), Is.Empty);
    }
}
