// The one place the session reads region resolution from the catalog.
import type { RegionState } from '../catalog/schema';

export { regionStatesAt, stagesOf } from '../catalog/resolve';

/** A region's state at a point in the method, after stages and inheritance are resolved. */
export type ResolvedState = RegionState;
