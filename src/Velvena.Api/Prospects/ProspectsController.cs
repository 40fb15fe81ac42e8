using Mediator;
using Microsoft.AspNetCore.Mvc;
using Velvena.Application.Common.Paging;
using Velvena.Application.Prospects;
using Velvena.Application.Prospects.GetById;
using Velvena.Application.Prospects.List;

namespace Velvena.Api.Prospects;

/// <summary>Prospects of the caller's organization.</summary>
[ApiController]
[Route("prospects")]
public sealed class ProspectsController(ISender sender) : ControllerBase
{
    /// <summary>Lists prospects, newest first.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResult<ProspectSummaryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<ActionResult<PagedResult<ProspectSummaryDto>>> List(
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = PagingLimits.DefaultPageSize,
        [FromQuery] string? status = null,
        [FromQuery] string? source = null,
        CancellationToken cancellationToken = default)
        => await sender.Send(new ListProspectsQuery(page, pageSize, status, source), cancellationToken);

    /// <summary>One prospect with its notes, metadata and Calendly bookings.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ProspectDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ProspectDto>> Get(Guid id, CancellationToken cancellationToken)
        => await sender.Send(new GetProspectQuery(id), cancellationToken);
}
