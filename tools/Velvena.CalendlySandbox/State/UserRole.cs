namespace Velvena.CalendlySandbox.State;

public enum UserRole
{
    User,
    Admin,
    Owner,
}
