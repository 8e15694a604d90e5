namespace Hubwatch.Model.Views;

/// <summary>For pages whose template needs nothing but the layout (404).</summary>
public sealed record EmptyView;
