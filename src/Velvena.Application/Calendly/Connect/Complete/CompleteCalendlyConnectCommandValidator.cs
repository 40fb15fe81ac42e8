using FluentValidation;

namespace Velvena.Application.Calendly.Connect.Complete;

internal sealed class CompleteCalendlyConnectCommandValidator : AbstractValidator<CompleteCalendlyConnectCommand>
{
    public CompleteCalendlyConnectCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(1024);
        RuleFor(c => c.State).NotEmpty().MaximumLength(OAuthState.MaxLength);
        RuleFor(c => c.OrganizationId).NotEqual(Guid.Empty).When(c => c.OrganizationId is not null);
        RuleFor(c => c.RedirectUri)
            .Must(uri => Uri.TryCreate(uri, UriKind.Absolute, out _))
            .WithMessage("'redirectUri' must be an absolute URL.")
            .When(c => c.RedirectUri is not null);
    }
}
