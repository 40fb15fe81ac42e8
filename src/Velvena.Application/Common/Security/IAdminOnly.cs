namespace Velvena.Application.Common.Security;

/// <summary>Marks a message only an administrator of the caller's organization may send.</summary>
public interface IAdminOnly;
