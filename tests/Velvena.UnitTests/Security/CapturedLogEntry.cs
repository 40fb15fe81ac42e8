using Microsoft.Extensions.Logging;

namespace Velvena.UnitTests.Security;

internal sealed record CapturedLogEntry(string Category, LogLevel Level, string Message);
