using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Velvena.Api.Development;

/// <summary>
/// Development only (the route does not exist in any other environment): mints a bearer token so a developer
/// can call the API without Velvena's identity service.
/// </summary>
[ApiController]
[Route("dev/tokens")]
[AllowAnonymous]
public sealed class DevelopmentTokensController(DevelopmentTokenIssuer issuer, IHostEnvironment environment) : ControllerBase
{
    [HttpPost]
    [ProducesResponseType<DevelopmentTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public ActionResult<DevelopmentTokenResponse> Create([FromBody] DevelopmentTokenRequest? request)
        => environment.IsDevelopment() ? issuer.Issue(request ?? new DevelopmentTokenRequest()) : NotFound();
}
