using Mediator;

namespace Velvena.Application.Prospects.GetById;

public sealed record GetProspectQuery(Guid Id) : IQuery<ProspectDto>;
