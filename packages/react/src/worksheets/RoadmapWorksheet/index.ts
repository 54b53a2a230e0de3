export { RoadmapWorksheet, type RoadmapWorksheetProps, type RoadmapPrinciple, type RoadmapTool } from './RoadmapWorksheet.js';
export { timeline_axis, when_label, type TimelineAxis, type TimelineTick } from './timeline.js';
