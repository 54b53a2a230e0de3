import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import dagre from '@dagrejs/dagre';
import type { LogicModel as Model } from '@rechesh/core';

/**
 * React Flow + dagre, as a developer would set them up for a logic model: dagre lays out the
 * graph left to right (node size fixed at 200 × 82, like ours before measuring), React Flow draws
 * nodes and bezier edges. Layout runs inside the render, as ours does.
 */
function layout(model: Model): { nodes: Node[]; edges: Edge[] } {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 16, ranksep: 64 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const b of model.boxes) g.setNode(b.id, { width: 200, height: 82 });
  for (const l of model.links) g.setEdge(l.from, l.to);
  dagre.layout(g);
  const nodes: Node[] = model.boxes.map((b) => {
    const n = g.node(b.id);
    return { id: b.id, position: { x: n.x - 100, y: n.y - 41 }, data: { label: String(b.label) }, style: { width: 200 } };
  });
  const edges: Edge[] = model.links.map((l, i) => ({ id: `e${i}`, source: l.from, target: l.to }));
  return { nodes, edges };
}

export function Flow({ model }: { model: Model }) {
  const { nodes, edges } = layout(model);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <ReactFlow nodes={nodes} edges={edges} fitView onlyRenderVisibleElements={false} proOptions={{ hideAttribution: true }} />
    </div>
  );
}
export const boxCount = (root: HTMLElement) => root.querySelectorAll('.react-flow__node').length;
export const linkCount = (root: HTMLElement) => root.querySelectorAll('.react-flow__edge').length;
