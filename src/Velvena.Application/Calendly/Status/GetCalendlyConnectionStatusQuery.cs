using Mediator;
using Velvena.Application.Common.Security;

namespace Velvena.Application.Calendly.Status;

/// <summary>The health of the caller's organization's Calendly connection. Never carries a token.</summary>
public sealed record GetCalendlyConnectionStatusQuery : IQuery<CalendlyConnectionStatusDto>, IAdminOnly;
