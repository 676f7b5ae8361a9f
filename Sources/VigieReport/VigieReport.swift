/// Renderers: Markdown (fr, en), JSON, JUnit, comparison.
public enum VigieReport {}
