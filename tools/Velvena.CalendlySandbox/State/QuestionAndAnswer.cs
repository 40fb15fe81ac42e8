namespace Velvena.CalendlySandbox.State;

public sealed record QuestionAndAnswer(string Question, string Answer, int Position);
