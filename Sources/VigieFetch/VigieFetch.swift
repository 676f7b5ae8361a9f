/// The libcurl multi client (see Fetcher).
public enum VigieFetch {}
