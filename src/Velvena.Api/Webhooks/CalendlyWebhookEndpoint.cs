using System.Text;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Webhooks.Inbox;
using Velvena.Application.Calendly.Webhooks.Inbox.Accept;
using Velvena.Application.Calendly.Webhooks.Models;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Infrastructure.Calendly.Webhooks;

namespace Velvena.Api.Webhooks;

/// <summary>
/// <c>POST /webhooks/calendly</c>: anonymous, authenticated by Calendly's signature over the raw body. An authentic
/// delivery is stored in the inbox and acknowledged as soon as it is committed (503 when it could not be stored); it
/// is applied afterwards in the background. Authentic but useless bodies (not JSON, other events) are acknowledged too,
/// or Calendly would retry them for 24 hours.
/// </summary>
public static partial class CalendlyWebhookEndpoint
{
    public const string Route = "/webhooks/calendly";
    public const string SignatureHeader = "Calendly-Webhook-Signature";

    public static IEndpointRouteBuilder MapCalendlyWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithName("ReceiveCalendlyWebhook")
            .WithTags("Webhooks")
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context,
        ICalendlyWebhookSignatureVerifier verifier,
        ICalendlyWebhookPayloadReader reader,
        ISender sender,
        IOptions<CalendlyWebhookOptions> options,
        ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(CalendlyWebhookEndpoint));
        var maxBytes = options.Value.MaxBodyBytes;
        var body = await ReadBodyAsync(context, maxBytes);
        if (body is null)
        {
            LogTooLarge(logger, maxBytes);
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Payload too large",
                detail: $"Webhook bodies are limited to {maxBytes} bytes.");
        }

        var check = verifier.Verify(context.Request.Headers[SignatureHeader].ToString(), body);
        if (check != CalendlyWebhookSignatureCheck.Valid)
        {
            LogRejected(logger, check);
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Invalid webhook signature",
                detail: "The Calendly-Webhook-Signature header is missing, malformed, wrong or too old.");
        }

        var envelope = reader.ReadEnvelope(body);
        if (envelope is null)
        {
            LogIgnored(logger, "not a webhook envelope", null);
            return Results.Ok();
        }

        if (!CalendlyWebhookEvents.IsSubscribed(envelope.EventName) || envelope.InviteeUri is null)
        {
            LogIgnored(logger, envelope.InviteeUri is null ? "no invitee uri" : "unsubscribed event", envelope.EventName);
            return Results.Ok();
        }

        AcceptCalendlyWebhookResult accepted;
        try
        {
            accepted = await sender.Send(
                new AcceptCalendlyWebhookCommand(envelope.EventName, envelope.InviteeUri, envelope.CreatedAtUtc, Encoding.UTF8.GetString(body)),
                CancellationToken.None);
        }
        catch (CalendlyWebhookInboxUnavailableException)
        {
            // Not stored, so not acknowledged: Calendly delivers it again. The writer logged the cause.
            context.Response.Headers.RetryAfter = "5";
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Webhook inbox unavailable",
                detail: "The delivery could not be stored; nothing was kept. Retry later.");
        }

        LogAccepted(logger, accepted.EntryId, envelope.EventName, accepted.Duplicate);
        return Results.Accepted();
    }

    /// <summary>The body, or null as soon as it proves larger than <paramref name="maxBytes"/> (declared or actual).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Let the server stop a chunked body early as well; our own count below is what decides.
            limit.MaxRequestBodySize = maxBytes + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly webhook refused: body over {MaxBytes} bytes.")]
    private static partial void LogTooLarge(ILogger logger, long maxBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly webhook refused: signature {Check}.")]
    private static partial void LogRejected(ILogger logger, CalendlyWebhookSignatureCheck check);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly webhook acknowledged and ignored ({Reason}, event {EventName}).")]
    private static partial void LogIgnored(ILogger logger, string reason, string? eventName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly webhook {EntryId} ({EventName}) accepted; duplicate: {Duplicate}.")]
    private static partial void LogAccepted(ILogger logger, Guid entryId, string eventName, bool duplicate);
}
