namespace Velvena.Application.Calendly.Webhooks.Inbox;

/// <summary>
/// A delivery could not be written to the inbox (the database failed, or the process is stopping). Nothing of it was
/// kept: it must not be acknowledged, so that Calendly delivers it again.
/// </summary>
public sealed class CalendlyWebhookInboxUnavailableException : Exception
{
    public CalendlyWebhookInboxUnavailableException()
        : this("The webhook inbox could not store the delivery.")
    {
    }

    public CalendlyWebhookInboxUnavailableException(string message)
        : base(message)
    {
    }

    public CalendlyWebhookInboxUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
