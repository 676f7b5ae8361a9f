/// libxml2 parsing into PageFacts.
public enum VigieHTML {}
