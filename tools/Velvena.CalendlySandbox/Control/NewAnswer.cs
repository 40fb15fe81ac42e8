namespace Velvena.CalendlySandbox.Control;

/// <summary>Multi-select answers are newline-joined, as Calendly sends them.</summary>
public sealed record NewAnswer(string Question, string Answer);
