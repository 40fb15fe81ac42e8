namespace Velvena.Application.Calendly.Models;

/// <summary>Multi-select answers arrive newline-joined.</summary>
public sealed record CalendlyQuestionAndAnswer(string Question, string Answer, int Position);
